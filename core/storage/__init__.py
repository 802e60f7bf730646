"""A review kept to come back to: session files, their schema, the autosave journal, atomic file replacement."""
