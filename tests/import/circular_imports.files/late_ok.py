EARLY = 1
import late_ok2
LATE = 2
