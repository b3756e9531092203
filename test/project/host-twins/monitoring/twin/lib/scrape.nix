{
  address = host: port: "${host}:${toString port}";
  scrapeJob = name: targets: labels: interval:
    {
      job_name = name;
      static_configs = [ { inherit targets labels; } ];
    }
    // (if interval == null then { } else { scrape_interval = interval; });
}
