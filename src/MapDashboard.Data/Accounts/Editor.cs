using Microsoft.AspNetCore.Identity;

namespace MapDashboard.Data.Accounts;

/// <summary>
/// A person who may sign in to /admin and publish notices. There is no self-registration: editors are made only by
/// `mapdash admin create-user` (<see cref="EditorAccounts.CreateAsync"/>).
/// </summary>
public sealed class Editor : IdentityUser;
