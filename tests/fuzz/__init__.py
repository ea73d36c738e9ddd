"""The fuzz harness: malformed input at every public URL and form, never a server error or an unescaped
payload."""
