S = "sibling"
