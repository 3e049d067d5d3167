using NodaTime;
using NodaTime.Text;

namespace Send.Domain.Tests.Statutory;

internal static class Dates
{
    public static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;
}
