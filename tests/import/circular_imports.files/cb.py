import ca
print('cb sees a partial ca; has A?', hasattr(ca, 'A'))
try:
    ca.A
except AttributeError as e:
    print('cb:', e)
B = 'b'
