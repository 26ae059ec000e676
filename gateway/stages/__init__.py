"""One module per pipeline stage; `gateway/pipeline/assembly.py` puts them in order."""
