print('kit.tool imported')
def use():
    return 'used'
