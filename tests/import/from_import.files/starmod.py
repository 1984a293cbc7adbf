a = 1
_b = 2
__c = 3
def public():
    return 'public'
class Klass:
    pass
import sys
