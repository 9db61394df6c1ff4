"""susi-spec: docs-as-code for Socialstyrelsens indsatsbeskrivelser."""

__version__ = "0.1.0"
