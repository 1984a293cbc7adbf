total = "count: " + 5
