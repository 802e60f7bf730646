"""How long work runs beside the window: the one worker pool, the collector pause, yielding to the window."""
