// A shared library with no Qt plugin metadata at all.
extern "C" int confabPlainLibraryAnswer()
{
    return 42;
}
