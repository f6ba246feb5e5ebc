namespace Chronicle.Storage;

/// <summary>Great-circle distances on a spherical Earth, close enough for "within a few kilometres".</summary>
public static class GeoDistance
{
    private const double EarthRadiusKm = 6371.0;

    public static double Kilometres(double lat1, double lon1, double lat2, double lon2)
    {
        double dLat = Radians(lat2 - lat1);
        double dLon = Radians(lon2 - lon1);
        double a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
