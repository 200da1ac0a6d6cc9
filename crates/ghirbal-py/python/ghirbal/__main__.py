import sys

sys.stderr.write(
    "usage: python -m ghirbal.spark build INPUT... OUTPUT   (the Spark job)\n"
    "       import ghirbal                                  (the library)\n"
)
sys.exit(2)
