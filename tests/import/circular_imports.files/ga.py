import gb
G = 'ga'
