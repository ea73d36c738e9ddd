"""The organisers' sign-up admin: who may use it, its lists, its exports and the changes it makes."""
