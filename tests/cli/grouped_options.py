print("grouped")
