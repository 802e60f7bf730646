"""Which article of one version is which of the other: the assignment, articles split on one side, items typed inside another."""
