"""The theme vote as residents use it: the ballot, the emailed confirmation, and how votes are counted."""
