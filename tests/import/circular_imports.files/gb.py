from ga import G
