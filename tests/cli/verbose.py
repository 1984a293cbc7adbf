# molt-only
import verbose_helper
print(verbose_helper.VALUE)
