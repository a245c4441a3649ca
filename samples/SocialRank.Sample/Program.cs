using SocialRank.Sample;

var pages = SampleData.Load();
Console.WriteLine(pages.Count);
