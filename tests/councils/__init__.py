"""The councils' workspaces in the admin: each council's own pages, publishing through communications,
and translations."""
