import sys
print('ca starts; ca in sys.modules:', 'ca' in sys.modules)
import cb
print('ca continues; cb.B =', cb.B)
A = 'a'
