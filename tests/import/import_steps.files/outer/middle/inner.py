print('outer.middle.inner runs, __package__ =', __package__)
WHERE = 'inner'
