"""The working group's admin for wellbeing money: access, the listing and exports, decisions, reports and
clusters of votes."""
