print('kit.other imported')
