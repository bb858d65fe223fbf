// Nothing to run: the point is the link of every madoguchi_smartcard object against winscard
// (see CMakeLists.txt next to this file).
int main()
{
    return 0;
}
