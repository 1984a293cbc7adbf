print('outer.middle.__init__ runs; outer.middle bound on outer yet?', hasattr(__import__('outer'), 'middle'))
