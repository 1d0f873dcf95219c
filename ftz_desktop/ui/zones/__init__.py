"""The Zones tab: figures per zone on charts, with the records behind them."""
