"""The proofreader's decisions: on each change, in reading order, in part, and found by search."""
