def fail():
    raise LookupError('deep inside an import')

print('layer2 runs')
fail()
