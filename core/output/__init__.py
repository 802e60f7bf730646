"""What leaves Duijiao: the clean copy, its encoding and save, the change report, and compare --json."""
