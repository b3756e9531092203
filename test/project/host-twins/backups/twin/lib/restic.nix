rec {
  pruneOptions = keepDaily: [ "--keep-daily ${toString keepDaily}" "--keep-weekly 5" "--keep-monthly 12" ];
  resticJob = job: repository: hour: extraOptions: {
    inherit repository extraOptions;
    inherit (job) paths passwordFile;
    initialize = true;
    pruneOpts = pruneOptions job.keepDaily;
    timerConfig = {
      OnCalendar = "*-*-* ${if hour < 10 then "0${toString hour}" else toString hour}:30:00";
      RandomizedDelaySec = "15m";
    };
  };
}
