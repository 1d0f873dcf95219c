"""FTZ Desktop: an offline workbench for documents about China's pilot free trade zones."""

__version__ = "0.1.0"
#: The desktop identity: .desktop file, AppStream id, icon name, macOS bundle id, Wayland app id.
APP_ID = "org.ftzdesktop.FTZDesktop"
