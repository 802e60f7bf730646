"""Which side of a change is likely right: counts over the whole issue, and the suggestions drawn from them."""
