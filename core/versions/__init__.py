"""Three or more versions of one issue: aligned together, each difference one site the majority may decide."""
