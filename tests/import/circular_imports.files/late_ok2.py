from late_ok import EARLY
print('late_ok2 got EARLY =', EARLY)
