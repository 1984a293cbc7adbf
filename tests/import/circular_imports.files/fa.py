from fb import FB
FA = 'fa'
