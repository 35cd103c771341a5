using System.Runtime.InteropServices;

namespace Timeline.Site.Output;

/// <summary>
/// Hard links, which .NET has no API for: a new name for an existing file's content, made in
/// microseconds whatever its size. Where linking is not possible (Windows, another file system)
/// the file is copied instead, which is slower but gives the same result.
/// </summary>
internal static class HardLink
{
    public static void CreateOrCopy(string existing, string newPath)
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                if (link(existing, newPath) == 0) return;
            }
            catch (EntryPointNotFoundException) { }
            catch (DllNotFoundException) { }
        }
        File.Copy(existing, newPath);
    }

    // DllImport rather than LibraryImport, which would need unsafe code enabled for the whole project.
    [DllImport("libc", SetLastError = true)]
    private static extern int link([MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);
}
