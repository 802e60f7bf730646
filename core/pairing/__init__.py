"""Which article of one version is which of the other: the assignment, split articles, items typed inside others."""
