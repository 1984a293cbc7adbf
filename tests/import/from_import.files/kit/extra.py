print('kit.extra imported')
