Console.WriteLine("SocialRank sample");
