"""bra: anteckningar, uppföljning och lägesbild för ett Lokalt Brå."""

__version__ = "0.1.0"
