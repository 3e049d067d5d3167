using System;
using NodaTime;
using NodaTime.Text;
using Send.Domain.Statutory;

// The README's first example, in a project that references Send.Domain only.
var due = DeadlineEngine.EnglandAndWales.Compute("EHC-FINAL-PLAN", new LocalDate(2025, 1, 13));
Console.WriteLine(LocalDatePattern.Iso.Format(due.Due));
