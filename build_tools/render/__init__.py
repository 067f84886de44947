"""Turn pipeline results into Markdown pages, data files and charts."""
