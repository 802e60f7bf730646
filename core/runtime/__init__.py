"""How long work runs beside the window: the one worker pool, the collector pause, making way for the window's thread."""
