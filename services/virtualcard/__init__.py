"""A virtual Thai ID card for demos, officer training and tests.

* :mod:`~services.virtualcard.citizens` - fictional sample citizens and card profiles.
* :mod:`~services.virtualcard.card` - the chip: file image and APDU handling.
* :mod:`~services.virtualcard.vpcd` - inserts the card into a vsmartcard vpcd reader (real pcscd path).
* :mod:`~services.virtualcard.inprocess` - an in-process reader (demo/test mode only) for PCs without pcscd.
* :mod:`~services.virtualcard.pcscd` - runs a private pcscd with vpcd slots (tests, benchmark, demos).
* :mod:`~services.virtualcard.demo` - picks the best of these for the app's demo mode.
"""
