"""Small widgets and layout helpers the screens share: typed dates, text that fits."""
