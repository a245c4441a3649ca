// The bundled sample: the July 2020 rating of the regional akimats' Facebook and Instagram pages, end to end.
//   dotnet run --project samples/SocialRank.Sample                     all tables in English
//   dotnet run --project samples/SocialRank.Sample -- --lang ru        Russian names and headings
//   dotnet run --project samples/SocialRank.Sample -- --out DIR        write final.md and final.csv to DIR
// The page figures are an illustrative reconstruction (samples/data/README.md); only the populations are real.
using System.Text;
using SocialRank.Sample;

SampleOptions options;
try
{
    options = SampleOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

if (options.ShowHelp)
{
    Console.WriteLine(SampleOptions.Usage);
    return 0;
}

Console.OutputEncoding = Encoding.UTF8;
string dataDirectory = SampleData.FindDataDirectory();
var pages = SampleData.Load(dataDirectory);
var result = AkimatRating.Rate(pages, options.Language);
AkimatReport.Write(Console.Out, result, options.Language);

string outputDirectory = options.OutputDirectory ?? Path.Combine(dataDirectory, "output");
var (markdown, csv) = AkimatReport.WriteFiles(outputDirectory, result, options.Language);
Console.WriteLine();
Console.WriteLine((options.Language == SampleLanguage.Russian ? "Записано: " : "Written: ") + markdown + ", " + csv);
return 0;
